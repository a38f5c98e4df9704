"""OSA: placements ending soon, capacity, workplaces, and each person's tab."""
