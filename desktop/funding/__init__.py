"""Aanvragen: the tab, the application editor (budget, rule checklist, status steps, attachments),
the funds, and saving the funding PDFs."""
