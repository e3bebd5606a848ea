# Writing help for editors: readability and accessibility warnings (team only).
