"""The Office's events that rewrite the data: going live with real figures, starting next year's campaign."""
