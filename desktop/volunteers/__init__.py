"""Vrijwilligers (Nieuwe Buren): the tab with the recruitment board, the volunteer editor and its
pages, matching volunteers to residents, and the menu entries."""
