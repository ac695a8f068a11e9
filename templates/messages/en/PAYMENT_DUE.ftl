${name}, your bill of ${amount} is due on ${dueDate}. Please pay on time.
