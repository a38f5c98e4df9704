"""PDF (ReportLab) and Excel (openpyxl) renderers: computed data in, a file out."""
