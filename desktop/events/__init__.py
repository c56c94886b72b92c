"""Activiteiten: the tab with its list and month calendar, the editor (repetition, shifts,
registrations, flyer settings), address labels and printing."""
