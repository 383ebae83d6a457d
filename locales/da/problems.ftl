# Device Console, dansk: problems the server reports, by type and rule.
