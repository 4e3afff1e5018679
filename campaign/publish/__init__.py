"""Every output a reader gets, written from the scored year: pages, downloads, workbooks, the site's source."""
