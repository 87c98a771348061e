/** Building blocks every module shares: the audited entity base, slugs and language tags. */
package eu.newsroom.shared;
