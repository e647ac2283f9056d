// Fragment of a letter filter (l is the letter): dated on or after $_date (the letter_date index).
l.date >= $_date
