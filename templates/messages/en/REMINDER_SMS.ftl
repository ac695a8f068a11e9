${name}, your bill of ${amount} was due on ${dueDate}. Please pay it.
