${name}, your bill of ${amount} is due on ${dueDate}. Please pay on time to keep your service.
