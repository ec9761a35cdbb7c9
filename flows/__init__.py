"""Job Sneaker: Prefect flows and the `sneaker` command line."""
