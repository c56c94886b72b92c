"""Data in and out: importing spreadsheets, exporting tables, finding and merging duplicate
residents. No Qt."""
