"""DuckDB storage: schema, writers, SQL models, metrics and the weekly report."""
