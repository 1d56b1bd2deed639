// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* path.c - string-only path helpers. */
#include <string.h>

#include "common/path.h"
#include "common/strvec.h"

const char *path__basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

char *path__dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;

	if (!slash)
		return xstrdup(".");
	/* Strip repeated slashes; keep "/" for files in the root. */
	while (slash > path && slash[-1] == '/')
		slash--;
	if (slash == path)
		return xstrdup("/");
	dir = xstrdup(path);
	dir[slash - path] = '\0';
	return dir;
}

char *path__replace_ext(const char *path, const char *ext)
{
	const char *base = path__basename(path);
	const char *dot = strrchr(base, '.');
	size_t keep = dot && dot != base ? (size_t)(dot - path) : strlen(path);

	return xasprintf("%.*s.%s", (int)keep, path, ext);
}
