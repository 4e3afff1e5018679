"""The scoring of a campaign year: each target's evaluation per period, from records, with no wording."""
