{{/* Labels shared by every object; "name" is the application (gateway, auth, ...). */}}
{{- define "qeetmart.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: qeetmart
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "qeetmart.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* qeetmart/<name>:<tag>, or <repository>/<name>:<tag> when image.repository is set. */}}
{{- define "qeetmart.image" -}}
{{- $repo := .root.Values.image.repository | default "qeetmart" -}}
{{- printf "%s/%s:%s" $repo .name .root.Values.image.tag -}}
{{- end -}}

{{- define "qeetmart.redisUrl" -}}
{{- if .Values.redis.enabled -}}redis://redis:6379{{- else -}}{{ .Values.redis.url }}{{- end -}}
{{- end -}}
