// A real OpenID provider for the end-to-end tests (panva's oidc-provider, its own login
// and consent pages): the identity provider a merchant would have, with test users in
// different groups. Configured by environment:
//   PORT               where it listens (its issuer is http://127.0.0.1:PORT)
//   CONSOLE_URL        the console it signs into (redirect and sign-out addresses)
//   CLIENT_SECRET      the console's client secret
//   USERS              JSON: {login: {name, groups, locations}}
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const consoleUrl = process.env.CONSOLE_URL;
const users = JSON.parse(process.env.USERS);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'device-console',
    client_secret: process.env.CLIENT_SECRET,
    redirect_uris: [`${consoleUrl}/auth/callback`],
    post_logout_redirect_uris: [`${consoleUrl}/sign-in?signed_out=1`],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  // What the console maps: groups to roles, locations to its scope.
  claims: { openid: ['sub'], profile: ['name', 'groups', 'locations', 'locale'], email: ['email'] },
  // The claims in the ID token itself (the console reads no userinfo).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  cookies: { keys: ['e2e-cookie-key-of-the-test-provider'] },
  async findAccount(ctx, id) {
    const user = users[id];
    if (!user) return undefined;
    return { accountId: id, async claims() { return { sub: id, email: `${id}@example.test`, ...user }; } };
  },
});
provider.listen(port, '127.0.0.1', () => console.log(`oidc-provider at ${issuer}`));
