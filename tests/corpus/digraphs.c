/* Digraphs (C95): <: :> for brackets, <% %> for braces, %: for #, and %:%:
 * for ## (also in stringizing: %:x gives "x"). */
%:include <stdio.h>
%:define CAT(a, b) a %:%: b
%:define STR(x) %:x

static int table<:3:> = <% 10, 20, 30 %>;

int main(void)
<%
	int CAT(to, tal) = table<:0:> + table<:2:>;
	printf("total %d, %s\n", total, STR(<::><%%>%:));
	return 0;
%>
