"""The activity documents: flyer, letterbox sheet, presentielijst and address labels."""
