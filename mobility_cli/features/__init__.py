"""Features: what mobility computes from the program model. A feature never reads files and never prints."""
