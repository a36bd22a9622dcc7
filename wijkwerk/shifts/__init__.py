"""Shifts (diensten): records, week generation from recurring jobs, API and the week page."""
