// What ci/conformance/run.mjs calls: each operation of each spec, in an order that builds what the
// next needs (accounts, a category, a product with a variant and stock, an address, a
// reservation), each with its happy path, its domain errors and the misuse every operation gets.
const PASSWORD = 'conformance passphrase';

export async function suite({ call, misuse, randomUUID, UNKNOWN }) {
  const email = (who) => `conformance-${who}-${randomUUID()}@example.test`;
  const credentials = (address) => ({ email: address, password: PASSWORD });

  // auth
  const buyerEmail = email('buyer');
  await call('auth', 'register', 'POST', '/auth/register', { body: credentials(buyerEmail), expect: 201 });
  await call('auth', 'register', 'POST', '/auth/register', { body: credentials(buyerEmail), expect: 409 });
  await call('auth', 'register', 'POST', '/auth/register', { body: { email: 'not an address', password: PASSWORD }, expect: 400 });
  await misuse('auth', 'register', 'POST', '/auth/register', { body: credentials(email('x')), needsToken: false });
  const admin = (await call('auth', 'login', 'POST', '/auth/login', {
    body: { email: process.env.QEETMART_ADMIN_EMAIL, password: process.env.QEETMART_ADMIN_PASSWORD }, expect: 200 })).json.accessToken;
  await call('auth', 'login', 'POST', '/auth/login', { body: { email: buyerEmail, password: 'wrong passphrase' }, expect: 401 });
  await misuse('auth', 'login', 'POST', '/auth/login', { body: credentials(buyerEmail), needsToken: false });
  // A refresh token used twice ends its session (theft): shown on an account of its own.
  const reuser = (await call('auth', 'register', 'POST', '/auth/register', { body: credentials(email('reuser')), expect: 201 })).json;
  await call('auth', 'refreshTokens', 'POST', '/auth/refresh', { body: { refreshToken: reuser.refreshToken }, expect: 200 });
  await call('auth', 'refreshTokens', 'POST', '/auth/refresh', { body: { refreshToken: reuser.refreshToken }, expect: 401 });
  await misuse('auth', 'refreshTokens', 'POST', '/auth/refresh', { body: { refreshToken: 'x' }, needsToken: false });
  const buyer = (await call('auth', 'login', 'POST', '/auth/login', { body: credentials(buyerEmail), expect: 200 })).json.accessToken;
  const me = await call('auth', 'getCurrentAccount', 'GET', '/auth/me', { token: buyer, expect: 200 });
  await misuse('auth', 'getCurrentAccount', 'GET', '/auth/me', { user: buyer });
  const sessions = await call('auth', 'listSessions', 'GET', '/auth/sessions', { token: buyer, expect: 200 });
  await misuse('auth', 'listSessions', 'GET', '/auth/sessions', { user: buyer });
  await misuse('auth', 'endSession', 'DELETE', `/auth/sessions/${UNKNOWN}`, { user: buyer, idPath: (id) => `/auth/sessions/${id}` });
  const other = (await call('auth', 'login', 'POST', '/auth/login', { body: credentials(buyerEmail), expect: 200 })).json.accessToken;
  const otherSession = (await call('auth', 'listSessions', 'GET', '/auth/sessions', { token: other })).json;
  // The second sign-in's session (current as it sees it) ended from the first: the buyer's own stays.
  const ended = (otherSession.items ?? otherSession).find((s) => s.current) ?? (sessions.json.items ?? sessions.json)[0];
  await call('auth', 'endSession', 'DELETE', `/auth/sessions/${ended.id}`, { token: buyer, expect: [204, 404] });
  const userId = me.json.id;
  // A role revoked ends the account's sessions: shown on an account of its own.
  const promoted = (await call('auth', 'register', 'POST', '/auth/register', { body: credentials(email('promoted')), expect: 201 })).json;
  const promotedId = (await call('auth', 'getCurrentAccount', 'GET', '/auth/me', { token: promoted.accessToken, expect: 200 })).json.id;
  await call('auth', 'grantRole', 'PUT', `/auth/users/${promotedId}/roles/ADMIN`, { token: admin, expect: [200, 204] });
  await call('auth', 'revokeRole', 'DELETE', `/auth/users/${promotedId}/roles/ADMIN`, { token: admin, expect: [200, 204] });
  await call('auth', 'grantRole', 'PUT', `/auth/users/${promotedId}/roles/OWNER`, { token: admin, expect: 400 });
  await misuse('auth', 'grantRole', 'PUT', `/auth/users/${promotedId}/roles/ADMIN`, { admin, user: buyer,
    idPath: (id) => `/auth/users/${id}/roles/ADMIN` });
  await misuse('auth', 'revokeRole', 'DELETE', `/auth/users/${promotedId}/roles/ADMIN`, { admin, user: buyer,
    idPath: (id) => `/auth/users/${id}/roles/ADMIN` });
  // A rotation publishes a key that signs only minutes later: nothing after this notices it.
  await call('auth', 'listSigningKeys', 'GET', '/auth/signing-keys', { token: admin, expect: 200 });
  await misuse('auth', 'listSigningKeys', 'GET', '/auth/signing-keys', { admin, user: buyer });
  await call('auth', 'rotateSigningKey', 'POST', '/auth/signing-keys', { token: admin, expect: 201 });
  await misuse('auth', 'rotateSigningKey', 'POST', '/auth/signing-keys', { admin, user: buyer });
  // Partner applications: registered by an administrator, each with its client credentials.
  const app = (await call('auth', 'createApplication', 'POST', '/auth/applications', { token: admin,
    body: { name: 'Conformance storefront', scopes: ['catalog:write'], quotas: { requestsPerMinute: 6000, liveReservations: 100, unitsPerProduct: 10 } }, expect: 201 })).json;
  await call('auth', 'createApplication', 'POST', '/auth/applications', { token: admin,
    body: { name: 'Bad addresses', scopes: ['catalog:write'], allowedAddresses: ['10.1'] }, expect: 422 });
  await call('auth', 'createApplication', 'POST', '/auth/applications', { token: admin,
    body: { name: 'Bad scope', scopes: ['everything'] }, expect: 400 });
  await misuse('auth', 'createApplication', 'POST', '/auth/applications', { admin, user: buyer,
    body: { name: 'Misuse', scopes: ['catalog:write'] } });
  await call('auth', 'listApplications', 'GET', '/auth/applications', { token: admin, expect: 200 });
  await misuse('auth', 'listApplications', 'GET', '/auth/applications', { admin, user: buyer });
  const appPath = (id) => `/auth/applications/${id}`;
  await call('auth', 'getApplication', 'GET', appPath(app.clientId), { token: admin, expect: 200 });
  await misuse('auth', 'getApplication', 'GET', appPath(app.clientId), { admin, user: buyer, idPath: appPath });
  await call('auth', 'changeApplication', 'PATCH', appPath(app.clientId), { token: admin,
    body: { name: 'Conformance storefront, renamed' }, expect: 200 });
  await call('auth', 'changeApplication', 'PATCH', appPath(app.clientId), { token: admin,
    body: { quotas: { requestsPerMinute: 0 } }, expect: 400 });
  await call('auth', 'changeApplication', 'PATCH', appPath(app.clientId), { token: admin,
    body: { allowedAddresses: ['storefront.example'] }, expect: 422 });
  await misuse('auth', 'changeApplication', 'PATCH', appPath(app.clientId), { admin, user: buyer,
    body: { name: 'Misuse' }, idPath: appPath });
  const rotated = (await call('auth', 'rotateApplicationSecret', 'POST', `${appPath(app.clientId)}/secret`,
    { token: admin, expect: 200 })).json;
  await misuse('auth', 'rotateApplicationSecret', 'POST', `${appPath(app.clientId)}/secret`, { admin, user: buyer,
    idPath: (id) => `${appPath(id)}/secret` });
  const basic = (id, secret) => ({ Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });
  const form = 'application/x-www-form-urlencoded';
  const granted = (await call('auth', 'issueClientToken', 'POST', '/auth/oauth2/token', { raw: 'grant_type=client_credentials',
    type: form, headers: basic(app.clientId, rotated.clientSecret), expect: 200 })).json;
  await call('auth', 'issueClientToken', 'POST', '/auth/oauth2/token', { raw: 'grant_type=client_credentials',
    type: form, headers: basic(app.clientId, 'qms_wrong'), expect: 401 });
  await call('auth', 'issueClientToken', 'POST', '/auth/oauth2/token', { raw: 'grant_type=password',
    type: form, headers: basic(app.clientId, rotated.clientSecret), expect: 400 });
  await call('auth', 'issueClientToken', 'POST', '/auth/oauth2/token', { raw: 'grant_type=client_credentials&scope=inventory%3Awrite',
    type: form, headers: basic(app.clientId, rotated.clientSecret), expect: 400 });
  // An application's token reaches only what its scopes open.
  await call('auth', 'getCurrentAccount', 'GET', '/auth/me', { token: granted.access_token, expect: 403 });
  const leaving = (await call('auth', 'createApplication', 'POST', '/auth/applications', { token: admin,
    body: { name: 'Leaving', scopes: ['inventory:write'] }, expect: 201 })).json;
  await misuse('auth', 'deleteApplication', 'DELETE', appPath(UNKNOWN), { admin, user: buyer, idPath: appPath });
  await call('auth', 'deleteApplication', 'DELETE', appPath(leaving.clientId), { token: admin, expect: 204 });
  await call('auth', 'listRevocations', 'GET', '/auth/revocations', { expect: 200 });
  await call('auth', 'listRevocations', 'GET', '/auth/revocations?since=yesterday', { expect: 400 });
  await misuse('auth', 'listRevocations', 'GET', '/auth/revocations', { needsToken: false });
  await call('auth', 'getJwks', 'GET', '/auth/.well-known/jwks.json', { expect: 200 });
  await misuse('auth', 'getJwks', 'GET', '/auth/.well-known/jwks.json', { needsToken: false });
  await call('auth', 'requestPasswordReset', 'POST', '/auth/password-reset', { body: { email: buyerEmail }, expect: 202 });
  await misuse('auth', 'requestPasswordReset', 'POST', '/auth/password-reset', { body: { email: email('x') }, needsToken: false });
  await call('auth', 'confirmPasswordReset', 'POST', '/auth/password-reset/confirm', {
    body: { token: 'no-such-token', newPassword: 'a brand new passphrase' }, expect: [400, 401, 422] });
  await misuse('auth', 'confirmPasswordReset', 'POST', '/auth/password-reset/confirm', {
    body: { token: 'x', newPassword: 'a brand new passphrase' }, needsToken: false });
  const changer = (await call('auth', 'register', 'POST', '/auth/register', { body: credentials(email('changer')), expect: 201 })).json;
  await call('auth', 'changePassword', 'POST', '/auth/change-password', { token: changer.accessToken,
    body: { currentPassword: 'wrong one', newPassword: 'a brand new passphrase' }, expect: [400, 401, 403, 422] });
  await misuse('auth', 'changePassword', 'POST', '/auth/change-password', { user: changer.accessToken,
    body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } });
  await call('auth', 'changePassword', 'POST', '/auth/change-password', { token: changer.accessToken,
    body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' }, expect: [200, 204] });
  const leaverEmail = email('leaver');
  const leaver = (await call('auth', 'register', 'POST', '/auth/register', { body: credentials(leaverEmail), expect: 201 })).json;
  await misuse('auth', 'logout', 'POST', '/auth/logout', { user: leaver.accessToken });
  await call('auth', 'logout', 'POST', '/auth/logout', { token: leaver.accessToken, expect: 204 });
  const leaverAgain = (await call('auth', 'login', 'POST', '/auth/login', { body: credentials(leaverEmail), expect: 200 })).json;
  await misuse('auth', 'logoutAll', 'POST', '/auth/logout-all', { user: leaverAgain.accessToken });
  await call('auth', 'logoutAll', 'POST', '/auth/logout-all', { token: leaverAgain.accessToken, expect: 204 });

  // The administrator's operations on users act on another account than the buyer's own (a user
  // may read and change their own record by id, so the buyer is refused only on someone else's).
  const subject = (await call('auth', 'register', 'POST', '/auth/register', { body: credentials(email('subject')), expect: 201 })).json.accessToken;
  const subjectId = (await call('auth', 'getCurrentAccount', 'GET', '/auth/me', { token: subject, expect: 200 })).json.id;
  await call('users', 'getMyProfile', 'GET', '/users/me', { token: subject, expect: 200 });
  await users({ call, misuse, admin, buyer, userId: subjectId, UNKNOWN });
  const catalog = await products({ call, misuse, admin, buyer, randomUUID, UNKNOWN });
  await inventory({ call, misuse, admin, buyer, randomUUID, UNKNOWN, product: catalog.product });
  await gateway({ call });
}

async function users({ call, misuse, admin, buyer, userId, UNKNOWN }) {
  // Someone else's record is not found for a user (404, as if it did not exist), not forbidden.
  const profile = { email: `conformance-${userId}@example.test`, name: 'Ana Conformance', phone: '+351912345678' };
  const myProfile = { ...profile, email: `conformance-buyer-of-${userId}@example.test` };
  await call('users', 'getMyProfile', 'GET', '/users/me', { token: buyer, expect: 200 });
  await misuse('users', 'getMyProfile', 'GET', '/users/me', { user: buyer });
  await call('users', 'replaceMyProfile', 'PUT', '/users/me', { token: buyer, body: myProfile, expect: 200 });
  await call('users', 'replaceMyProfile', 'PUT', '/users/me', { token: buyer, body: { ...myProfile, phone: '12' }, expect: 400 });
  await misuse('users', 'replaceMyProfile', 'PUT', '/users/me', { user: buyer, body: myProfile });
  await call('users', 'updateMyProfile', 'PATCH', '/users/me', { token: buyer, body: { name: 'Ana C.' }, expect: 200 });
  await misuse('users', 'updateMyProfile', 'PATCH', '/users/me', { user: buyer, body: { name: 'Ana' } });
  await call('users', 'listUsers', 'GET', '/users?size=2', { token: admin, expect: 200 });
  await call('users', 'listUsers', 'GET', '/users?size=-1', { token: admin, expect: 400 });
  await misuse('users', 'listUsers', 'GET', '/users', { admin, user: buyer });
  await call('users', 'getUser', 'GET', `/users/${userId}`, { token: admin, expect: 200 });
  await misuse('users', 'getUser', 'GET', `/users/${userId}`, { admin, user: buyer, forbidden: 404, idPath: (id) => `/users/${id}` });
  await call('users', 'replaceUser', 'PUT', `/users/${userId}`, { token: admin, body: profile, expect: 200 });
  await misuse('users', 'replaceUser', 'PUT', `/users/${userId}`, { admin, user: buyer, forbidden: 404, body: profile, idPath: (id) => `/users/${id}` });
  const address = { recipientName: 'Ana', line1: 'Rua 1', city: 'Lisboa', postalCode: '1000-001', countryCode: 'PT' };
  const mine = await call('users', 'createMyAddress', 'POST', '/users/me/addresses', { token: buyer, body: address, expect: 201 });
  await call('users', 'createMyAddress', 'POST', '/users/me/addresses', { token: buyer, body: { ...address, countryCode: 'XX' }, expect: [400, 422] });
  await misuse('users', 'createMyAddress', 'POST', '/users/me/addresses', { user: buyer, body: address });
  const mineAt = (id) => `/users/me/addresses/${id}`;
  await call('users', 'listMyAddresses', 'GET', '/users/me/addresses', { token: buyer, expect: 200 });
  await misuse('users', 'listMyAddresses', 'GET', '/users/me/addresses', { user: buyer });
  await call('users', 'getMyAddress', 'GET', mineAt(mine.json.id), { token: buyer, expect: 200 });
  await misuse('users', 'getMyAddress', 'GET', mineAt(mine.json.id), { user: buyer, idPath: mineAt });
  await call('users', 'replaceMyAddress', 'PUT', mineAt(mine.json.id), { token: buyer, body: address, expect: 200 });
  await misuse('users', 'replaceMyAddress', 'PUT', mineAt(mine.json.id), { user: buyer, body: address, idPath: mineAt });
  await misuse('users', 'deleteMyAddress', 'DELETE', mineAt(mine.json.id), { user: buyer, idPath: mineAt });
  await call('users', 'deleteMyAddress', 'DELETE', mineAt(mine.json.id), { token: buyer, expect: 204 });
  const theirs = (id) => `/users/${userId}/addresses/${id}`;
  const created = await call('users', 'createUserAddress', 'POST', `/users/${userId}/addresses`, { token: admin, body: address, expect: 201 });
  await misuse('users', 'createUserAddress', 'POST', `/users/${userId}/addresses`, { admin, user: buyer, forbidden: 404, body: address,
    idPath: (id) => `/users/${id}/addresses` });
  await call('users', 'listUserAddresses', 'GET', `/users/${userId}/addresses`, { token: admin, expect: 200 });
  await misuse('users', 'listUserAddresses', 'GET', `/users/${userId}/addresses`, { admin, user: buyer, forbidden: 404 });
  await call('users', 'getUserAddress', 'GET', theirs(created.json.id), { token: admin, expect: 200 });
  await misuse('users', 'getUserAddress', 'GET', theirs(created.json.id), { admin, user: buyer, forbidden: 404, idPath: theirs });
  await call('users', 'replaceUserAddress', 'PUT', theirs(created.json.id), { token: admin, body: address, expect: 200 });
  await misuse('users', 'replaceUserAddress', 'PUT', theirs(created.json.id), { admin, user: buyer, forbidden: 404, body: address, idPath: theirs });
  await misuse('users', 'deleteUserAddress', 'DELETE', theirs(created.json.id), { admin, user: buyer, forbidden: 404, idPath: theirs });
  await call('users', 'deleteUserAddress', 'DELETE', theirs(created.json.id), { token: admin, expect: 204 });
  const preferences = { language: 'pt-PT', currency: 'EUR', marketingOptIn: false, notificationChannels: ['EMAIL'] };
  await call('users', 'getMyPreferences', 'GET', '/users/me/preferences', { token: buyer, expect: 200 });
  await misuse('users', 'getMyPreferences', 'GET', '/users/me/preferences', { user: buyer });
  await call('users', 'replaceMyPreferences', 'PUT', '/users/me/preferences', { token: buyer, body: preferences, expect: 200 });
  await call('users', 'replaceMyPreferences', 'PUT', '/users/me/preferences', { token: buyer, body: { ...preferences, currency: 'ZZZ' }, expect: 422 });
  await misuse('users', 'replaceMyPreferences', 'PUT', '/users/me/preferences', { user: buyer, body: preferences });
  await misuse('users', 'deleteUser', 'DELETE', `/users/${UNKNOWN}`, { admin, user: buyer, forbidden: 404, idPath: (id) => `/users/${id}` });
  await misuse('users', 'deleteMyProfile', 'DELETE', '/users/me', { user: buyer });
  await call('users', 'deleteMyProfile', 'DELETE', '/users/me', { token: buyer, expect: 204 });
  await call('users', 'replaceMyProfile', 'PUT', '/users/me', { token: buyer, body: myProfile, expect: 200 });
  await call('users', 'deleteUser', 'DELETE', `/users/${userId}`, { token: admin, expect: 204 });
}

async function products({ call, misuse, admin, buyer, randomUUID, UNKNOWN }) {
  const slug = `conformance-${randomUUID().slice(0, 8)}`;
  const category = { name: 'Conformance', slug };
  const made = await call('products', 'createCategory', 'POST', '/categories', { token: admin, body: category, expect: 201 });
  await call('products', 'createCategory', 'POST', '/categories', { token: admin, body: category, expect: 409 });
  await misuse('products', 'createCategory', 'POST', '/categories', { admin, user: buyer, body: { name: 'C', slug: `${slug}-x` } });
  const categoryAt = (id) => `/categories/${id}`;
  const categoryPage = await call('products', 'listCategories', 'GET', '/categories', { expect: 200 });
  await call('products', 'listCategories', 'GET', '/categories', { headers: { 'If-None-Match': categoryPage.headers.get('etag') }, expect: 304 });
  await misuse('products', 'listCategories', 'GET', '/categories', { needsToken: false });
  const read = await call('products', 'getCategory', 'GET', categoryAt(made.json.id), { expect: 200 });
  await call('products', 'getCategory', 'GET', categoryAt(made.json.id), { headers: { 'If-None-Match': read.headers.get('etag') }, expect: 304 });
  await misuse('products', 'getCategory', 'GET', categoryAt(made.json.id), { needsToken: false, idPath: categoryAt });
  await call('products', 'updateCategory', 'PUT', categoryAt(made.json.id), { token: admin, body: category, headers: { 'If-Match': '"999"' }, expect: 412 });
  await call('products', 'updateCategory', 'PUT', categoryAt(made.json.id), { token: admin, body: { ...category, name: 'Conformance 2' }, expect: 200 });
  await misuse('products', 'updateCategory', 'PUT', categoryAt(made.json.id), { admin, user: buyer, body: category, idPath: categoryAt });

  const input = { name: 'Conformance lamp', price: { amount: '19.90', currency: 'EUR' }, status: 'ACTIVE', categoryId: made.json.id };
  const product = (await call('products', 'createProduct', 'POST', '/products', { token: admin, body: input, expect: 201 })).json;
  await call('products', 'createProduct', 'POST', '/products', { token: admin, body: { ...input, categoryId: UNKNOWN }, expect: 422 });
  await call('products', 'createProduct', 'POST', '/products', { token: admin, body: { ...input, price: { amount: '-1', currency: 'EUR' } }, expect: 400 });
  await misuse('products', 'createProduct', 'POST', '/products', { admin, user: buyer, body: input });
  // A creation sent again with its Idempotency-Key is answered with the first answer; another body with it is 422.
  const creation = { 'Idempotency-Key': randomUUID() };
  await call('products', 'createProduct', 'POST', '/products', { token: admin, body: input, headers: creation, expect: 201 });
  await call('products', 'createProduct', 'POST', '/products', { token: admin, body: input, headers: creation, expect: 201 });
  await call('products', 'createProduct', 'POST', '/products', { token: admin, body: { ...input, name: 'Other' }, headers: creation,
    expect: 422 });
  const productAt = (id) => `/products/${id}`;
  const found = await call('products', 'searchProducts', 'GET', '/products?q=lamp&size=5&sort=price-asc', { expect: 200 });
  await call('products', 'searchProducts', 'GET', '/products?q=lamp&size=5&sort=price-asc', { headers: { 'If-None-Match': found.headers.get('etag') }, expect: 304 });
  await call('products', 'searchProducts', 'GET', '/products?size=abc', { expect: 400 });
  await misuse('products', 'searchProducts', 'GET', '/products', { needsToken: false });
  const seen = await call('products', 'getProduct', 'GET', productAt(product.id), { expect: 200 });
  await call('products', 'getProduct', 'GET', productAt(product.id), { headers: { 'If-None-Match': seen.headers.get('etag') }, expect: 304 });
  await misuse('products', 'getProduct', 'GET', productAt(product.id), { needsToken: false, idPath: productAt });
  await call('products', 'updateProduct', 'PUT', productAt(product.id), { token: admin, body: input, headers: { 'If-Match': '"999"' }, expect: 412 });
  await call('products', 'updateProduct', 'PUT', productAt(product.id), { token: admin, body: input, headers: { 'If-Match': seen.headers.get('etag') }, expect: 200 });
  await misuse('products', 'updateProduct', 'PUT', productAt(product.id), { admin, user: buyer, body: input, idPath: productAt });

  const variant = { sku: `SKU-${randomUUID().slice(0, 8)}`, name: 'Red' };
  const variants = `/products/${product.id}/variants`;
  const variantAt = (id) => `${variants}/${id}`;
  const madeVariant = await call('products', 'createProductVariant', 'POST', variants, { token: admin, body: variant, expect: 201 });
  await call('products', 'createProductVariant', 'POST', variants, { token: admin, body: variant, expect: 409 });
  await misuse('products', 'createProductVariant', 'POST', variants, { admin, user: buyer, body: { sku: 'SKU-X', name: 'X' },
    idPath: (id) => `/products/${id}/variants` });
  const variantPage = await call('products', 'listProductVariants', 'GET', variants, { expect: 200 });
  await call('products', 'listProductVariants', 'GET', variants, { headers: { 'If-None-Match': variantPage.headers.get('etag') }, expect: 304 });
  await misuse('products', 'listProductVariants', 'GET', variants, { needsToken: false, idPath: (id) => `/products/${id}/variants` });
  await call('products', 'getProductVariant', 'GET', variantAt(madeVariant.json.id), { expect: 200 });
  await misuse('products', 'getProductVariant', 'GET', variantAt(madeVariant.json.id), { needsToken: false, idPath: variantAt });
  await call('products', 'updateProductVariant', 'PUT', variantAt(madeVariant.json.id), { token: admin, body: { ...variant, name: 'Blue' }, expect: 200 });
  await misuse('products', 'updateProductVariant', 'PUT', variantAt(madeVariant.json.id), { admin, user: buyer, body: variant, idPath: variantAt });
  await misuse('products', 'deleteProductVariant', 'DELETE', variantAt(madeVariant.json.id), { admin, user: buyer, idPath: variantAt });
  await call('products', 'deleteProductVariant', 'DELETE', variantAt(madeVariant.json.id), { token: admin, expect: 204 });

  const doomed = (await call('products', 'createProduct', 'POST', '/products', { token: admin, body: input, expect: 201 })).json;
  await misuse('products', 'deleteProduct', 'DELETE', productAt(doomed.id), { admin, user: buyer, idPath: productAt });
  await call('products', 'deleteProduct', 'DELETE', productAt(doomed.id), { token: admin, expect: 204 });
  const emptyCategory = await call('products', 'createCategory', 'POST', '/categories', { token: admin, body: { name: 'Empty', slug: `${slug}-empty` }, expect: 201 });
  await misuse('products', 'deleteCategory', 'DELETE', categoryAt(emptyCategory.json.id), { admin, user: buyer, idPath: categoryAt });
  await call('products', 'deleteCategory', 'DELETE', categoryAt(emptyCategory.json.id), { token: admin, expect: 204 });
  await serviceEvents({ call, misuse, admin, buyer, UNKNOWN },
    { service: 'products', area: 'catalog', Area: 'Catalog', types: ['product.created', 'product.updated'] });
  return { product: product.id };
}

// A service's change feed and webhook endpoints (a receiver on a closed local port: its
// deliveries fail and wait for their retries, which is all the log needs to show). `area` names
// the paths (/catalog/..., /inventory/...), `Area` the operations (listCatalogEvents, ...).
async function serviceEvents({ call, misuse, admin, buyer, UNKNOWN }, { service, area, Area, types }) {
  const feed = `/${area}/events`;
  await call(service, `list${Area}Events`, 'GET', `${feed}?limit=5&types=${types[0]}`, { token: admin, expect: 200 });
  await call(service, `list${Area}Events`, 'GET', `${feed}?after=not-a-cursor`, { token: admin, expect: 400 });
  await misuse(service, `list${Area}Events`, 'GET', feed, { admin, user: buyer });
  const hook = { url: 'http://127.0.0.1:9/conformance', eventTypes: types };
  const hooks = `/${area}/webhook-endpoints`;
  const hookAt = (id) => `${hooks}/${id}`;
  const made = (await call(service, `create${Area}WebhookEndpoint`, 'POST', hooks, { token: admin, body: hook, expect: 201 })).json;
  await call(service, `create${Area}WebhookEndpoint`, 'POST', hooks, { token: admin, body: { ...hook, url: 'http://169.254.169.254/latest' }, expect: 422 });
  await misuse(service, `create${Area}WebhookEndpoint`, 'POST', hooks, { admin, user: buyer, body: hook });
  await call(service, `list${Area}WebhookEndpoints`, 'GET', hooks, { token: admin, expect: 200 });
  await misuse(service, `list${Area}WebhookEndpoints`, 'GET', hooks, { admin, user: buyer });
  const id = made.endpoint.id;
  await call(service, `get${Area}WebhookEndpoint`, 'GET', hookAt(id), { token: admin, expect: 200 });
  await misuse(service, `get${Area}WebhookEndpoint`, 'GET', hookAt(id), { admin, user: buyer, idPath: hookAt });
  await call(service, `update${Area}WebhookEndpoint`, 'PUT', hookAt(id), { token: admin, body: { ...hook, enabled: false }, expect: 200 });
  await misuse(service, `update${Area}WebhookEndpoint`, 'PUT', hookAt(id), { admin, user: buyer, body: hook, idPath: hookAt });
  const rotation = (e) => `${hookAt(e)}/secret-rotation`;
  await call(service, `rotate${Area}WebhookSecret`, 'POST', rotation(id), { token: admin, expect: 200 });
  await misuse(service, `rotate${Area}WebhookSecret`, 'POST', rotation(id), { admin, user: buyer, idPath: rotation });
  const log = (e) => `${hookAt(e)}/deliveries`;
  await call(service, `list${Area}WebhookDeliveries`, 'GET', log(id), { token: admin, expect: 200 });
  await misuse(service, `list${Area}WebhookDeliveries`, 'GET', log(id), { admin, user: buyer, idPath: log });
  const again = (d) => `${log(id)}/${d}/redelivery`;
  await call(service, `redeliver${Area}Webhook`, 'POST', again(UNKNOWN), { token: admin, expect: 404 });
  await misuse(service, `redeliver${Area}Webhook`, 'POST', again(UNKNOWN), { admin, user: buyer, idPath: again });
  await misuse(service, `delete${Area}WebhookEndpoint`, 'DELETE', hookAt(id), { admin, user: buyer, idPath: hookAt });
  await call(service, `delete${Area}WebhookEndpoint`, 'DELETE', hookAt(id), { token: admin, expect: 204 });
}

async function inventory({ call, misuse, admin, buyer, randomUUID, UNKNOWN, product }) {
  const stockAt = (id) => `/inventory/${id}`;
  await call('inventory', 'setStockOnHand', 'PUT', stockAt(product), { token: admin, body: { onHand: 20, reason: 'conformance' }, expect: 200 });
  await call('inventory', 'setStockOnHand', 'PUT', stockAt(product), { token: admin, body: { onHand: -1 }, expect: 400 });
  await call('inventory', 'setStockOnHand', 'PUT', stockAt(product), { token: admin, body: { onHand: 5 }, headers: { 'If-Match': '"999"' }, expect: 412 });
  await misuse('inventory', 'setStockOnHand', 'PUT', stockAt(product), { admin, user: buyer, body: { onHand: 20 }, idPath: stockAt,
    unknown: 422 }); // stock of a product not in the catalog: PRODUCT_NOT_FOUND
  await call('inventory', 'adjustStock', 'POST', `${stockAt(product)}/adjustments`, { token: admin, body: { delta: 5, reason: 'delivery' }, expect: 201 });
  await call('inventory', 'adjustStock', 'POST', `${stockAt(product)}/adjustments`, { token: admin, body: { delta: -1000, reason: 'loss' }, expect: 409 });
  await misuse('inventory', 'adjustStock', 'POST', `${stockAt(product)}/adjustments`, { admin, user: buyer, body: { delta: 1, reason: 'x' },
    idPath: (id) => `${stockAt(id)}/adjustments`, unknown: 422 });
  await call('inventory', 'getStockLevel', 'GET', stockAt(product), { token: buyer, expect: 200 });
  await misuse('inventory', 'getStockLevel', 'GET', stockAt(product), { user: buyer, idPath: stockAt });
  await call('inventory', 'getStockLevels', 'GET', `/inventory?productIds=${product},${UNKNOWN}`, { token: buyer, expect: 200 });
  await call('inventory', 'getStockLevels', 'GET', '/inventory', { token: buyer, expect: 400 });
  await misuse('inventory', 'getStockLevels', 'GET', `/inventory?productIds=${product}`, { user: buyer });

  const order = (quantity) => ({ orderId: randomUUID(), lines: [{ productId: product, quantity }] });
  const key = () => ({ 'Idempotency-Key': randomUUID() });
  const first = order(1);
  const sameKey = key();
  const reserved = await call('inventory', 'createReservation', 'POST', '/inventory/reservations', { token: buyer, body: first, headers: sameKey, expect: 201 });
  await call('inventory', 'createReservation', 'POST', '/inventory/reservations', { token: buyer, body: first, headers: sameKey, expect: [200, 201] });
  await call('inventory', 'createReservation', 'POST', '/inventory/reservations', { token: buyer, body: order(2), headers: sameKey, expect: 422 });
  await call('inventory', 'createReservation', 'POST', '/inventory/reservations', { token: buyer, body: order(9999), headers: key(), expect: 409 });
  await call('inventory', 'createReservation', 'POST', '/inventory/reservations', { token: buyer, body: { ...order(1), ttlSeconds: 3600 }, headers: key(), expect: 422 });
  await misuse('inventory', 'createReservation', 'POST', '/inventory/reservations', { user: buyer, body: order(1) });
  const reservationAt = (id) => `/inventory/reservations/${id}`;
  const id = reserved.json.id;
  await call('inventory', 'getReservation', 'GET', reservationAt(id), { token: buyer, expect: 200 });
  await misuse('inventory', 'getReservation', 'GET', reservationAt(id), { user: buyer, idPath: reservationAt });
  await call('inventory', 'extendReservation', 'POST', `${reservationAt(id)}/extension`, { token: buyer, body: { ttlSeconds: 300 }, expect: 200 });
  await misuse('inventory', 'extendReservation', 'POST', `${reservationAt(id)}/extension`, { user: buyer, body: { ttlSeconds: 300 },
    idPath: (r) => `${reservationAt(r)}/extension` });
  await call('inventory', 'commitReservation', 'POST', `${reservationAt(id)}/commitment`, { token: buyer, expect: 200 });
  await call('inventory', 'releaseReservation', 'POST', `${reservationAt(id)}/release`, { token: buyer, expect: 409 });
  await misuse('inventory', 'commitReservation', 'POST', `${reservationAt(id)}/commitment`, { user: buyer,
    idPath: (r) => `${reservationAt(r)}/commitment` });
  const second = await call('inventory', 'createReservation', 'POST', '/inventory/reservations', { token: buyer, body: order(1), headers: key(), expect: 201 });
  await call('inventory', 'releaseReservation', 'POST', `${reservationAt(second.json.id)}/release`, { token: buyer, expect: 200 });
  await misuse('inventory', 'releaseReservation', 'POST', `${reservationAt(second.json.id)}/release`, { user: buyer,
    idPath: (r) => `${reservationAt(r)}/release` });
  await serviceEvents({ call, misuse, admin, buyer, UNKNOWN },
    { service: 'inventory', area: 'inventory', Area: 'Inventory', types: ['stock.changed', 'reservation.created'] });
}

async function gateway({ call }) {
  await call('gateway', 'getGatewayHealth', 'GET', '/health', { expect: 200 });
  await call('gateway', 'getServicesHealth', 'GET', '/health/services', { expect: 200 });
  await call('gateway', 'getDocsPortal', 'GET', '/docs', { accept: 'text/html', expect: 200 });
  await call('gateway', 'listApiSpecs', 'GET', '/docs/specs', { expect: 200 });
}
