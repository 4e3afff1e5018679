"""The data's history from git: what a change did to the scoreboard, and the log of the year's changes."""
