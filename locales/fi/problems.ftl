# Device Console, suomi: problems the server reports, by type and rule.
