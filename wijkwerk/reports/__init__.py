"""Impact reports for funders: query → Polars frames → pure metrics → disclosure control → HTML/CSV/XLSX/JSON."""
