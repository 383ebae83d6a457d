# Device Console, svenska: problems the server reports, by type and rule.
