{{- /*
Names, labels and value rendering.

The official chart takes these from the bitnami `common` library chart. This chart has no dependency: it
defines the few helpers it uses itself, under bitnami's names and with the same output, so objects get the
same names and labels as with the official chart and parent charts that call these names keep working.
*/ -}}

{{- /* The chart name, or nameOverride. */ -}}
{{- define "common.names.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- /*
The name of every object: fullnameOverride, else the release name (made DNS-safe: lower case, every run of
other characters becomes one "-") followed by the chart name unless it already contains it.
*/ -}}
{{- define "common.names.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- $release := regexReplaceAll "(-?[^a-z0-9-])+-?" (lower .Release.Name) "-" -}}
{{- $full := ternary $release (printf "%s-%s" $release $name) (contains $name $release) -}}
{{- $full | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "common.names.namespace" -}}
{{- default .Release.Namespace .Values.namespaceOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- /* "<chart>-<version>" for the helm.sh/chart label. */ -}}
{{- define "common.names.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "common.labels.standard" -}}
app.kubernetes.io/name: {{ include "common.names.name" . }}
helm.sh/chart: {{ include "common.names.chart" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Chart.AppVersion }}
app.kubernetes.io/version: {{ . | replace "+" "_" | quote }}
{{- end }}
{{- end -}}

{{- /* The subset of the standard labels that selectors use; these never change across upgrades. */ -}}
{{- define "common.labels.matchLabels" -}}
app.kubernetes.io/name: {{ include "common.names.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- /*
A value given as YAML or as a string, rendered with `tpl` when it contains a template action.
Call with (dict "value" <value> "context" $).
*/ -}}
{{- define "common.tplvalues.render" -}}
{{- $text := .value -}}
{{- if not (kindIs "string" $text) -}}
{{- $text = toYaml .value -}}
{{- end -}}
{{- if contains "{{" (toJson .value) -}}
{{- tpl $text .context -}}
{{- else -}}
{{- $text -}}
{{- end -}}
{{- end -}}

{{- /*
Metadata every object shares: the standard labels, the worker component, `prefect-version` (the chart's
appVersion; the official chart leaves it off the ConfigMap, and so does this one), commonLabels;
commonAnnotations when set.
Call with (dict "context" $ "version" true|false).
*/ -}}
{{- define "worker.metadata.labels" -}}
{{- $ctx := .context -}}
{{ include "common.labels.standard" $ctx }}
app.kubernetes.io/component: worker
{{- if .version }}
prefect-version: {{ $ctx.Chart.AppVersion | quote }}
{{- end }}
{{- with $ctx.Values.commonLabels }}
{{ include "common.tplvalues.render" (dict "value" . "context" $ctx) }}
{{- end }}
{{- end -}}

{{- define "worker.metadata.annotations" -}}
{{- with .Values.commonAnnotations -}}
annotations:
  {{- include "common.tplvalues.render" (dict "value" . "context" $) | nindent 2 }}
{{- end }}
{{- end -}}

{{- /* The Deployment's selector, which also selects the pods for the metrics Service. */ -}}
{{- define "worker.selectorLabels" -}}
{{ include "common.labels.matchLabels" . }}
app.kubernetes.io/component: worker
{{- end -}}

{{- /*
Named templates of the official chart, under the same names (parent charts may override them).
*/ -}}

{{- define "worker.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "common.names.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- /* The pod label a PodDisruptionBudget selects one worker Deployment's pods by. */ -}}
{{- define "worker.labels.pdbSelector" -}}
prefect.io/worker-deployment-name: {{ include "common.names.fullname" . }}
{{- end -}}

{{- define "cloud.requiredConfig.accountId" -}}
{{- if eq (include "worker.apiMode" .) "cloud" -}}
{{- required "A Prefect Cloud Account ID is required (worker.cloudApiConfig.accountId)" .Values.worker.cloudApiConfig.accountId -}}
{{- end -}}
{{- end -}}

{{- define "cloud.requiredConfig.workspaceId" -}}
{{- if eq (include "worker.apiMode" .) "cloud" -}}
{{- required "A Prefect Cloud Workspace ID is required (worker.cloudApiConfig.workspaceId)" .Values.worker.cloudApiConfig.workspaceId -}}
{{- end -}}
{{- end -}}

{{- define "selfManaged.requiredConfig.accountId" -}}
{{- if eq (include "worker.apiMode" .) "customerManagedCloud" -}}
{{- $key := include "worker.alias.keyInUse" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "accountId") -}}
{{- required (printf "A Prefect Cloud Account ID is required (%s)" $key) (include "worker.customerManagedCloud.accountId" .) -}}
{{- end -}}
{{- end -}}

{{- define "selfManaged.requiredConfig.workspaceId" -}}
{{- if eq (include "worker.apiMode" .) "customerManagedCloud" -}}
{{- $key := include "worker.alias.keyInUse" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "workspaceId") -}}
{{- required (printf "A Prefect Cloud Workspace ID is required (%s)" $key) (include "worker.customerManagedCloud.workspaceId" .) -}}
{{- end -}}
{{- end -}}

{{- define "selfManaged.requiredConfig.apiUrl" -}}
{{- if eq (include "worker.apiMode" .) "customerManagedCloud" -}}
{{- $key := include "worker.alias.keyInUse" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "apiUrl") -}}
{{- required (printf "The Self-managed Cloud API URL is required (%s)" $key) (include "worker.customerManagedCloud.apiUrl" .) -}}
{{- end -}}
{{- end -}}

{{- define "server.requiredConfig.apiUrl" -}}
{{- if eq (include "worker.apiMode" .) "selfHostedServer" -}}
{{- $key := include "worker.alias.keyInUse" (dict "context" . "legacy" "serverApiConfig" "current" "selfHostedServerApiConfig" "leaf" "apiUrl") -}}
{{- required (printf "The Prefect Server API URL is required (%s)" $key) (include "worker.selfHostedServer.apiUrl" .) -}}
{{- end -}}
{{- end -}}

{{- /* PREFECT_API_URL, quoted; empty for an unknown apiConfig (the schema does not allow one). */ -}}
{{- define "worker.apiUrl" -}}
{{- $mode := include "worker.apiMode" . -}}
{{- if eq $mode "cloud" -}}
{{- printf "%s/accounts/%s/workspaces/%s" .Values.worker.cloudApiConfig.cloudUrl (include "cloud.requiredConfig.accountId" .) (include "cloud.requiredConfig.workspaceId" .) | quote -}}
{{- else if eq $mode "customerManagedCloud" -}}
{{- printf "%s/accounts/%s/workspaces/%s" (include "selfManaged.requiredConfig.apiUrl" .) (include "selfManaged.requiredConfig.accountId" .) (include "selfManaged.requiredConfig.workspaceId" .) | quote -}}
{{- else if eq $mode "selfHostedServer" -}}
{{- include "server.requiredConfig.apiUrl" . | quote -}}
{{- end -}}
{{- end -}}

{{- /*
PREFECT_KUBERNETES_CLUSTER_UID, quoted: worker.clusterUid, else the kube-system namespace's UID. `lookup`
returns nothing under `helm template` and client-side dry runs; the value is then "", which the worker
treats as unset.
*/ -}}
{{- define "worker.clusterUUID" -}}
{{- if .Values.worker.clusterUid -}}
{{- .Values.worker.clusterUid | quote -}}
{{- else -}}
{{- $kubeSystem := lookup "v1" "Namespace" "" "kube-system" | default (dict) -}}
{{- dig "metadata" "uid" "" $kubeSystem | quote -}}
{{- end -}}
{{- end -}}

{{- /*
Name of the ConfigMap holding the base job template; empty when no template is configured, which every
template reads as "no base job template". The generated ConfigMap's default name is fixed (not derived from
the release), as in the official chart.
*/ -}}
{{- define "worker.baseJobTemplateName" -}}
{{- $template := .Values.worker.config.baseJobTemplate -}}
{{- if $template.configuration -}}
{{- default "prefect-worker-base-job-template" $template.name -}}
{{- else if $template.existingConfigMapName -}}
{{- $template.existingConfigMapName -}}
{{- end -}}
{{- end -}}

{{- define "worker.workPoolName" -}}
{{- required "A Work Pool Name is required (worker.config.workPool)" .Values.worker.config.workPool -}}
{{- end -}}

{{- /*
The ConfigMap's `baseJobTemplate.json` value: a YAML double-quoted scalar holding the template's JSON text.
A string (e.g. from --set-file) is kept as written; an object is serialised to JSON. Either must be JSON
for `{}` or for an object with `job_configuration` and `variables` objects (what Prefect's server accepts);
anything else fails the render naming the key. The check runs where the ConfigMap itself is rendered, so
the error points at configmap.yaml rather than at the Deployment's checksum of it.
*/ -}}
{{- define "worker.baseJobTemplate" -}}
{{- $configuration := .Values.worker.config.baseJobTemplate.configuration -}}
{{- if hasSuffix "/configmap.yaml" .Template.Name -}}
{{- include "worker.baseJobTemplate.validate" $configuration -}}
{{- end -}}
{{- if kindIs "map" $configuration -}}
{{- toJson $configuration | toJson -}}
{{- else -}}
{{- toString $configuration | toJson -}}
{{- end -}}
{{- end -}}

{{- define "worker.baseJobTemplate.validate" -}}
{{- $key := "worker.config.baseJobTemplate.configuration" -}}
{{- $parsed := dict -}}
{{- if kindIs "string" . -}}
{{- $parsed = fromJson . -}}
{{- if not (hasPrefix "{" (trim .)) -}}
{{- fail (printf "%s is not a JSON object" $key) -}}
{{- else if hasKey $parsed "Error" -}}
{{- fail (printf "%s is not a JSON object: %s" $key (get $parsed "Error")) -}}
{{- end -}}
{{- else if kindIs "map" . -}}
{{- $parsed = . -}}
{{- else -}}
{{- fail (printf "%s must be a JSON string or an object, not a %s" $key (kindOf .)) -}}
{{- end -}}
{{- if $parsed -}}
{{- range $field := list "job_configuration" "variables" -}}
{{- if not (kindIs "map" (get $parsed $field)) -}}
{{- fail (printf "%s must be {} or have a %q object (a Prefect base job template has job_configuration and variables)" $key $field) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- /*
This chart's own helpers.
*/ -}}

{{- /* The worker image: repository and tag, the tag defaulting to the chart's appVersion. */ -}}
{{- define "worker.image" -}}
{{- printf "%s:%s" .Values.worker.image.repository (default .Chart.AppVersion .Values.worker.image.prefectTag) -}}
{{- end -}}

{{- /* "true" when the metrics Service is rendered (a ServiceMonitor needs it). */ -}}
{{- define "worker.metrics.serviceEnabled" -}}
{{- if or .Values.worker.metrics.service.enabled .Values.worker.metrics.serviceMonitor.enabled -}}
true
{{- end -}}
{{- end -}}

{{- /* "true" when the worker must serve its health/metrics port (`--with-healthcheck`). */ -}}
{{- define "worker.healthServerEnabled" -}}
{{- if or .Values.worker.livenessProbe.enabled .Values.worker.readinessProbe.enabled (include "worker.metrics.serviceEnabled" .) -}}
true
{{- end -}}
{{- end -}}

{{- /*
January-2025 value names.

Until release 2025.1.24200354 the official chart spelled the connection settings differently. They are
accepted here as aliases of the current names and render the same objects:
  worker.apiConfig: selfHosted                     = customerManagedCloud
  worker.apiConfig: server                         = selfHostedServer
  worker.selfHostedCloudApiConfig.<leaf>           = worker.customerManagedCloudApiConfig.<leaf>
  worker.selfHostedCloudApiConfig.uiUrl            = worker.customerManagedCloudApiConfig.cloudUiUrl
  worker.serverApiConfig.apiUrl                    = worker.selfHostedServerApiConfig.apiUrl
  worker.serverApiConfig.uiUrl                     (no current key; only NOTES.txt uses it)
A leaf counts as set when it differs from its generation's default. Setting both spellings of one leaf
fails the render, naming both keys.
*/ -}}

{{- /* The connection mode under its current name. */ -}}
{{- define "worker.apiMode" -}}
{{- $mode := .Values.worker.apiConfig | toString -}}
{{- $current := dict "selfHosted" "customerManagedCloud" "server" "selfHostedServer" -}}
{{- get $current $mode | default $mode -}}
{{- end -}}

{{- /*
One aliased leaf's effective value (a string). Call with (dict "context" $ "legacy" <legacy block> "legacyLeaf"
<path under it> "current" <current block> "leaf" <path under it> "default" <both generations' default>).
Paths are dot-separated (apiKeySecret.name).
*/ -}}
{{- define "worker.alias.value" -}}
{{- $worker := .context.Values.worker -}}
{{- $legacyLeaf := default .leaf .legacyLeaf -}}
{{- $legacyValue := include "worker.alias.dig" (dict "root" (get $worker .legacy) "path" $legacyLeaf) -}}
{{- $currentValue := include "worker.alias.dig" (dict "root" (get $worker .current) "path" .leaf) -}}
{{- $legacySet := and $legacyValue (ne $legacyValue .default) -}}
{{- $currentSet := and $currentValue (ne $currentValue .default) -}}
{{- if and $legacySet $currentSet -}}
{{- $currentKey := printf "worker.%s.%s" .current .leaf -}}
{{- fail (printf "worker.%s.%s (January-2025 name) and %s are both set; keep only %s" .legacy $legacyLeaf $currentKey $currentKey) -}}
{{- else if $currentSet -}}
{{- $currentValue -}}
{{- else if $legacySet -}}
{{- $legacyValue -}}
{{- else -}}
{{- .default -}}
{{- end -}}
{{- end -}}

{{- /* The string at a dot-separated path under a map; "" when any step is missing or null. */ -}}
{{- define "worker.alias.dig" -}}
{{- $node := .root -}}
{{- range $step := splitList "." .path -}}
{{- if kindIs "map" $node -}}
{{- $node = get $node $step -}}
{{- else -}}
{{- $node = "" -}}
{{- end -}}
{{- end -}}
{{- if kindIs "invalid" $node -}}{{- else -}}{{- $node | toString -}}{{- end -}}
{{- end -}}

{{- /*
The key a required-value error names: the January-2025 one when the user wrote that block, else the
current one. Call with (dict "context" $ "legacy" <block> "current" <block> "leaf" <leaf>).
*/ -}}
{{- define "worker.alias.keyInUse" -}}
{{- $block := ternary .legacy .current (hasKey .context.Values.worker .legacy) -}}
{{- $leaf := .leaf -}}
{{- if and (eq $block "selfHostedCloudApiConfig") (eq .leaf "cloudUiUrl") -}}
{{- $leaf = "uiUrl" -}}
{{- end -}}
{{- printf "worker.%s.%s" $block $leaf -}}
{{- end -}}

{{- define "worker.customerManagedCloud.apiUrl" -}}
{{- include "worker.alias.value" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "apiUrl" "default" "") -}}
{{- end -}}

{{- define "worker.customerManagedCloud.accountId" -}}
{{- include "worker.alias.value" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "accountId" "default" "") -}}
{{- end -}}

{{- define "worker.customerManagedCloud.workspaceId" -}}
{{- include "worker.alias.value" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "workspaceId" "default" "") -}}
{{- end -}}

{{- define "worker.customerManagedCloud.apiKeySecretName" -}}
{{- include "worker.alias.value" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "apiKeySecret.name" "default" "prefect-api-key") -}}
{{- end -}}

{{- define "worker.customerManagedCloud.apiKeySecretKey" -}}
{{- include "worker.alias.value" (dict "context" . "legacy" "selfHostedCloudApiConfig" "current" "customerManagedCloudApiConfig" "leaf" "apiKeySecret.key" "default" "key") -}}
{{- end -}}

{{- define "worker.customerManagedCloud.cloudUiUrl" -}}
{{- include "worker.alias.value" (dict "context" . "legacy" "selfHostedCloudApiConfig" "legacyLeaf" "uiUrl" "current" "customerManagedCloudApiConfig" "leaf" "cloudUiUrl" "default" "") -}}
{{- end -}}

{{- define "worker.selfHostedServer.apiUrl" -}}
{{- include "worker.alias.value" (dict "context" . "legacy" "serverApiConfig" "current" "selfHostedServerApiConfig" "leaf" "apiUrl" "default" "") -}}
{{- end -}}

{{- /* The January-2025 server UI URL (only NOTES.txt uses it); "" when unset. */ -}}
{{- define "worker.selfHostedServer.legacyUiUrl" -}}
{{- include "worker.alias.dig" (dict "root" (get .Values.worker "serverApiConfig") "path" "uiUrl") -}}
{{- end -}}

{{- /*
Fails when any leaf is set under both its January-2025 and its current name, whatever the mode (rendered
by deployment.yaml, so every install checks it).
*/ -}}
{{- define "worker.alias.check" -}}
{{- include "worker.customerManagedCloud.apiUrl" . -}}
{{- include "worker.customerManagedCloud.accountId" . -}}
{{- include "worker.customerManagedCloud.workspaceId" . -}}
{{- include "worker.customerManagedCloud.apiKeySecretName" . -}}
{{- include "worker.customerManagedCloud.apiKeySecretKey" . -}}
{{- include "worker.customerManagedCloud.cloudUiUrl" . -}}
{{- include "worker.selfHostedServer.apiUrl" . -}}
{{- end -}}

{{- /*
Environment entries shared by the worker and the init container.
*/ -}}

{{- /* PREFECT_API_AUTH_STRING when basic auth is on, in any mode (as the official chart does). */ -}}
{{- define "worker.env.authString" -}}
{{- $basicAuth := .Values.worker.selfHostedServerApiConfig.basicAuth -}}
{{- if $basicAuth.enabled -}}
- name: PREFECT_API_AUTH_STRING
{{- if $basicAuth.existingSecret }}
  valueFrom:
    secretKeyRef:
      name: {{ $basicAuth.existingSecret | quote }}
      key: auth-string
{{- else }}
  value: {{ $basicAuth.authString | quote }}
{{- end }}
{{- end -}}
{{- end -}}

{{- /* PREFECT_API_KEY from the mode's API key Secret (Cloud modes only). */ -}}
{{- define "worker.env.apiKey" -}}
{{- $secret := include "worker.apiKeySecret" . | fromYaml -}}
{{- if $secret -}}
- name: PREFECT_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret.name | quote }}
      key: {{ $secret.key | quote }}
{{- end -}}
{{- end -}}

{{- /*
How flow-run pods get the API key (Cloud modes): by reference to the API key Secret (secretRef, also when
unset), through a per-run Secret the worker creates (autoSecret), or as a plain variable (envVar: no entry).
*/ -}}
{{- define "worker.env.jobApiKeyPropagation" -}}
{{- $secret := include "worker.apiKeySecret" . | fromYaml -}}
{{- if $secret -}}
{{- $propagation := include "worker.jobApiKeyPropagation" . -}}
{{- if eq $propagation "secretRef" -}}
- name: PREFECT_INTEGRATIONS_KUBERNETES_WORKER_API_KEY_SECRET_NAME
  value: {{ $secret.name | quote }}
- name: PREFECT_INTEGRATIONS_KUBERNETES_WORKER_API_KEY_SECRET_KEY
  value: {{ $secret.key | quote }}
{{- else if eq $propagation "autoSecret" -}}
- name: PREFECT_INTEGRATIONS_KUBERNETES_WORKER_CREATE_SECRET_FOR_API_KEY
  value: "true"
{{- end -}}
{{- end -}}
{{- end -}}

{{- /* The API key Secret of the Cloud modes as YAML {name, key}; nothing for a Prefect server. */ -}}
{{- define "worker.apiKeySecret" -}}
{{- $mode := include "worker.apiMode" . -}}
{{- if eq $mode "cloud" -}}
name: {{ .Values.worker.cloudApiConfig.apiKeySecret.name | toString | quote }}
key: {{ .Values.worker.cloudApiConfig.apiKeySecret.key | toString | quote }}
{{- else if eq $mode "customerManagedCloud" -}}
name: {{ include "worker.customerManagedCloud.apiKeySecretName" . | quote }}
key: {{ include "worker.customerManagedCloud.apiKeySecretKey" . | quote }}
{{- end -}}
{{- end -}}

{{- /* The Cloud modes' jobApiKeyPropagation (secretRef when empty); "" for a Prefect server. */ -}}
{{- define "worker.jobApiKeyPropagation" -}}
{{- $mode := include "worker.apiMode" . -}}
{{- if eq $mode "cloud" -}}
{{- default "secretRef" .Values.worker.cloudApiConfig.jobApiKeyPropagation -}}
{{- else if eq $mode "customerManagedCloud" -}}
{{- default "secretRef" .Values.worker.customerManagedCloudApiConfig.jobApiKeyPropagation -}}
{{- end -}}
{{- end -}}
