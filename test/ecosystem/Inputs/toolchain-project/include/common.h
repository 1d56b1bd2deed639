/* Included by both programs: editing it must rebuild both objects. */
#define PASS_VERDICT XDP_PASS
