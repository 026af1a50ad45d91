// The generator turns an operation's security into @Secured from its first alternative only, so an
// operation with several alternatives (a person's role or an application's scope) carries
// x-roles for it: this checks that x-roles is exactly what the alternatives name, so the
// security requirement stays the one source and x-roles cannot drift from it.
module.exports = (operation) => {
  // OAuth's token endpoint authenticates its client itself (HTTP Basic): x-roles says anonymous.
  if (operation['x-oauth-token-endpoint']) return [];
  const security = operation.security ?? [];
  // An alternative that names nothing (bearerAuth: []) is any signed-in person: isAuthenticated().
  const values = [...new Set(security.flatMap((requirement) => {
    const named = Object.values(requirement).flat();
    return named.length === 0 ? ['isAuthenticated()'] : named;
  }))];
  const roles = operation['x-roles'];
  if (security.length < 2) {
    return roles === undefined ? [] : [{ message: 'x-roles is only for operations with several security alternatives' }];
  }
  const expected = [...values].sort().join(', ');
  const actual = Array.isArray(roles) ? [...roles].sort().join(', ') : '(none)';
  return expected === actual ? [] : [{ message: `x-roles must list what the security alternatives name: ${expected} (it lists ${actual})` }];
};
