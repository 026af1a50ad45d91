/**
 * The entity tag of a version, as the APIs send it in `ETag` and expect it in `If-Match`: every
 * versioned resource carries its `version`, so an update that must not overwrite someone else's
 * change is `updateProduct({ productId, productInput, ifMatch: etagOf(product.version) })`
 * (a `ConflictError`, 412, when it changed since).
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}
