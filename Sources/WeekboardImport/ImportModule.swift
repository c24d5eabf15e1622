// CSV import and caller pseudonymisation: see issue 4.
import WeekboardCore
