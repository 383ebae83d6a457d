# Device Console, norsk bokmål: problems the server reports, by type and rule.
