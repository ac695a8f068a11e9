Hello, ${name}! ${amount} is ${daysPastDue} days overdue (it was due on ${dueDate}).
Without payment the service may be suspended. When can you pay? Note the date and amount.
