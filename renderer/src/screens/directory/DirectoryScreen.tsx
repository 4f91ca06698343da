import { Tabs } from 'antd';
import { ListScreen } from '../../components/ListScreen';
import { useNavigation } from '../../store/navigation';
import { OrganisationsTab } from './OrganisationsTab';
import { PeopleTab } from './PeopleTab';

type DirectoryTab = 'people' | 'organisations';

/** "Danh bạ": the people and organisations that meetings, tasks and documents refer to. */
export function DirectoryScreen({ tab }: { tab: DirectoryTab }) {
  return (
    <ListScreen title="Danh bạ">
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => void useNavigation.getState().navigate({ name: 'directory', tab: key as DirectoryTab })}
        items={[
          { key: 'people', label: 'Người', children: <PeopleTab /> },
          { key: 'organisations', label: 'Cơ quan, tổ chức', children: <OrganisationsTab /> },
        ]}
      />
    </ListScreen>
  );
}
