/** Building blocks every module shares: the audited entity base, slugs, language tags and language detection. */
package eu.newsroom.shared;
