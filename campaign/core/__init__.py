"""The records of a campaign and its results, Vietnamese text, and the problems found in data: what every layer shares."""
