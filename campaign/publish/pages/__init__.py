"""The site's Markdown pages, each written from the year's review (score/review.py) by a plain function."""
