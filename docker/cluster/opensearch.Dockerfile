# OpenSearch 2.19 with the two analysis plugins the newsroom's analyzers need (docs/scaling.md):
# ICU folding and tokenizer (analysis-icu), Polish stemming (analysis-stempel).
FROM opensearchproject/opensearch:2.19.1
RUN /usr/share/opensearch/bin/opensearch-plugin install --batch analysis-icu analysis-stempel
