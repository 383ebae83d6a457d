# Device Console, norsk bokmål: the new-code form, the playground's simulator and development sign-in.
