// A page of @slidev/client (setup/routes.ts lazy-loads the print view); see slidev-client.d.ts.
import type { DefineComponent } from 'vue'

declare const page: DefineComponent
export default page
