Hello, ${name}! A reminder: ${amount} was due on ${dueDate} (${daysPastDue} days overdue).
When can you pay? If they promise, note the date and amount.
