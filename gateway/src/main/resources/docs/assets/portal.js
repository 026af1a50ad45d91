// The portal: /docs opens on the overview (every API from /docs/specs, the gateway's list of
// specs, and the SDKs' references); /docs?urls.primaryName=<title> (or ?api=<title>) shows that
// API's reference. Kept out of the page so the content security policy can forbid inline scripts.
(async function () {
  const response = await fetch('/docs/specs', { headers: { Accept: 'application/json' } });
  const specs = await response.json();
  const query = new URLSearchParams(window.location.search);
  const chosen = query.get('urls.primaryName') || query.get('api');
  if (!chosen) {
    const list = document.getElementById('apis');
    for (const spec of specs) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `/docs?urls.primaryName=${encodeURIComponent(spec.title)}`;
      link.textContent = spec.title;
      const source = document.createElement('span');
      source.textContent = `${spec.name} · `;
      const yaml = document.createElement('a');
      yaml.href = spec.url;
      yaml.textContent = 'OpenAPI document';
      source.append(yaml);
      item.append(link, source);
      list.append(item);
    }
    document.getElementById('overview').hidden = false;
    return;
  }
  window.ui = SwaggerUIBundle({
    urls: specs.map((spec) => ({ url: spec.url, name: spec.title })),
    'urls.primaryName': chosen,
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
})();
