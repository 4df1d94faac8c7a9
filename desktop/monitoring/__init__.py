"""Field monitoring at the district: is each model still right here, and for whom?

Plain numpy over the district database: performance with outcomes, expected performance
before them (CBPE), drift against the package's background, the human side, and alarms.
"""
