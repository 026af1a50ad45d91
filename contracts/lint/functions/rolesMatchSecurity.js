// The generator turns an operation's security into @Secured from its first alternative only, so an
// operation with several alternatives (a person's role or an application's scope) carries
// x-roles for it: this checks that x-roles is exactly what the alternatives name, so the
// security requirement stays the one source and x-roles cannot drift from it.
module.exports = (operation) => {
  const security = operation.security ?? [];
  const values = [...new Set(security.flatMap((requirement) => Object.values(requirement).flat()))];
  const roles = operation['x-roles'];
  if (security.length < 2) {
    return roles === undefined || values.length === 0 ? [] : [{ message: 'x-roles is only for operations with several security alternatives' }];
  }
  const expected = [...values].sort().join(', ');
  const actual = Array.isArray(roles) ? [...roles].sort().join(', ') : '(none)';
  return expected === actual ? [] : [{ message: `x-roles must list what the security alternatives name: ${expected} (it lists ${actual})` }];
};
