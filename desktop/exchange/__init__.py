"""Kuona's records in the health system's standards: DHIS2 aggregates, FHIR resources."""
