import WeekboardCore
print("weekboard")
