# Device Console, English: problems the server reports, by type and rule.
