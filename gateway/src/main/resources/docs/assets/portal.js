// Builds the reference from /docs/specs, the gateway's list of every API spec. Kept out of the
// page so the content security policy can forbid inline scripts.
(async function () {
  const response = await fetch('/docs/specs', { headers: { Accept: 'application/json' } });
  const specs = await response.json();
  window.ui = SwaggerUIBundle({
    urls: specs.map((spec) => ({ url: spec.url, name: spec.title })),
    'urls.primaryName': new URLSearchParams(window.location.search).get('api') || undefined,
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
})();
