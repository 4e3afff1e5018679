"""Files and workbooks to records: strict reading, the schemas, the meaning checks; every problem at its place."""
