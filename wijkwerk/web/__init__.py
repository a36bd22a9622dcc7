"""Cross-cutting web concerns: templating, language choice, error pages, health."""
